"""Admin pieces used by the course page models: the course form's checks on its modules, and the
panel that shows, on a module, which courses use it. They work on the instance being edited and
import no models (the models import them)."""

from modelcluster.forms import BaseChildFormSet

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import InlinePanel, Panel


class CoursePageForm(WagtailAdminPageForm):
    """A course may use national modules, and a local course also its own branch's modules;
    module addresses must not clash inside the course. (A module used twice is caught by
    CourseModuleFormSet.)"""

    def clean(self):
        cleaned_data = super().clean()
        formset = self.formsets.get("course_modules")
        if formset is None or not formset.is_valid():
            return cleaned_data
        sources = self.instance.module_sources(self.parent_page)
        seen_slugs = set()
        for form in formset.forms:
            module = form.cleaned_data.get("module")
            if not module or form.cleaned_data.get("DELETE"):
                continue
            if not any(module.is_descendant_of(source) for source in sources):
                form.add_error(
                    "module",
                    _("“%(title)s” belongs to another branch. Use national modules or your own.")
                    % {"title": module.title},
                )
            if module.slug in seen_slugs:
                form.add_error(
                    "module",
                    _("Another module in the course has the address “%(slug)s”.")
                    % {"slug": module.slug},
                )
            seen_slugs.add(module.slug)
        if any(form.errors for form in formset.forms):
            raise ValidationError(_("Check the course's modules."))
        return cleaned_data


class ModuleUsagePanel(Panel):
    """Lists the courses that use the module being edited, national and local."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "courses/admin/module_usage_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["courses"] = self.instance.courses_using() if self.instance.pk else []
            return context


class CourseModuleFormSet(BaseChildFormSet):
    """The course's modules. A module added twice is named in the error, instead of the
    formset's generic message about duplicate course and module values."""

    def validate_unique(self):
        seen, errors = set(), []
        for form in self.forms:
            if form in self.deleted_forms or not form.is_valid():
                continue
            module = form.cleaned_data.get("module")
            if module is None:
                continue
            if module.pk in seen:
                message = _("“%(title)s” is already in the course.") % {"title": module.title}
                form.add_error("module", message)
                errors.append(message)
            seen.add(module.pk)
        if errors:
            raise ValidationError(errors)


class CourseModulesPanel(InlinePanel):
    def get_form_options(self):
        options = super().get_form_options()
        options["formsets"][self.relation_name]["formset"] = CourseModuleFormSet
        return options
