"""Page-type rules, routability and renderability, with Wagtail's own test helpers."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from courses.models import (
    BranchIndexPage,
    BranchPage,
    CourseIndexPage,
    CoursePage,
    ModuleLibraryPage,
    ModulePage,
)
from devtools.factories import BranchFactory, MembershipFactory, UserFactory
from skolering.models import BranchKind, HomePage, StandardPage
from skolering.site_content import ensure_site_pages
from tests.courses.builders import (
    course_form_data,
    make_branch_page,
    make_course,
    make_module,
    module_form_data,
)


class CoursePageTypeTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        ensure_site_pages()
        national = BranchFactory(kind=BranchKind.NATIONAL, name="Partiet", slug="partiet")
        county = BranchFactory(parent=national, kind=BranchKind.COUNTY, slug="vestland")
        bergen = BranchFactory(parent=county, kind=BranchKind.MUNICIPALITY, slug="bergen")
        cls.member = UserFactory(email="medlem@example.org")
        MembershipFactory(user=cls.member, branch=bergen)
        cls.module = make_module("organisasjon", reflection_prompt="Hvorfor?", notes="Tavle")
        cls.course = make_course("grunnkurs", [cls.module])
        cls.bergen_page = make_branch_page(bergen)
        cls.local_module = make_module("lokalt", parent=cls.bergen_page)
        cls.local_course = make_course(
            "ny-i-bergen", [cls.module, cls.local_module], parent=cls.bergen_page
        )

    def test_sections_live_under_the_home_page_once(self):
        home = HomePage.objects.get(locale__language_code="nb")
        for model in (CourseIndexPage, ModuleLibraryPage, BranchIndexPage):
            self.assertAllowedParentPageTypes(model, {HomePage})
            self.assertCanCreateAt(HomePage, model)
            self.assertFalse(model.can_create_at(home), model)  # max_count 1, already there

    def test_what_goes_where(self):
        self.assertAllowedSubpageTypes(CourseIndexPage, {CoursePage})
        self.assertAllowedSubpageTypes(ModuleLibraryPage, {ModulePage})
        self.assertAllowedSubpageTypes(BranchIndexPage, {BranchPage})
        self.assertAllowedSubpageTypes(BranchPage, {CoursePage, ModulePage})
        self.assertAllowedSubpageTypes(CoursePage, set())
        self.assertAllowedSubpageTypes(ModulePage, set())
        self.assertAllowedParentPageTypes(CoursePage, {CourseIndexPage, BranchPage})
        self.assertAllowedParentPageTypes(ModulePage, {ModuleLibraryPage, BranchPage})
        self.assertAllowedParentPageTypes(BranchPage, {BranchIndexPage})

    def test_courses_and_modules_cannot_be_made_in_the_wrong_place(self):
        for parent in (HomePage, StandardPage, ModuleLibraryPage):
            self.assertCanNotCreateAt(parent, CoursePage)
        for parent in (HomePage, CourseIndexPage, CoursePage):
            self.assertCanNotCreateAt(parent, ModulePage)
        self.assertCanCreateAt(BranchPage, CoursePage)
        self.assertCanCreateAt(BranchPage, ModulePage)

    def test_course_and_its_module_routes_resolve(self):
        self.assertPageIsRoutable(self.course)
        self.assertPageIsRoutable(self.course, "organisasjon/")
        self.assertPageIsRoutable(self.course, "organisasjon/fullfort/")
        self.assertPageIsRoutable(self.local_course, "lokalt/")

    def test_pages_render(self):
        for page in (
            CourseIndexPage.objects.get(locale__language_code="nb"),
            ModuleLibraryPage.objects.get(locale__language_code="nb"),
        ):
            self.assertPageIsRenderable(page)
        self.assertPageIsRenderable(BranchIndexPage.objects.get(locale__language_code="nb"))
        self.assertPageIsRenderable(self.course)
        self.assertPageIsRenderable(self.course, "organisasjon/", user=self.member)
        self.assertPageIsRenderable(self.module, user=self.member)
        self.assertPageIsRenderable(self.bergen_page, user=self.member)
        self.assertPageIsRenderable(self.local_course, "lokalt/", user=self.member)

    def test_module_pages_send_anonymous_visitors_to_log_in(self):
        self.assertPageIsRenderable(self.course, "organisasjon/", accept_redirect=True)
        response = self.client.get(f"{self.course.url}organisasjon/")
        self.assertRedirects(
            response,
            f"/konto/logg-inn/?next={self.course.url}organisasjon/",
            fetch_redirect_response=False,
        )

    def test_previews_work_for_editors(self):
        for module in (self.module, self.local_module):
            data = module_form_data(module.title, module.slug, "<p>Ny tekst i forhåndsvisning</p>")
            self.assertPageIsPreviewable(module, post_data=data)
        for course in (self.course, self.local_course):
            data = course_form_data(course.title, course.slug, [self.module.pk])
            self.assertPageIsPreviewable(course, post_data=data)

    def test_editors_can_edit_modules(self):
        self.assertPageIsEditable(
            self.module, post_data=module_form_data("Ny tittel", "organisasjon")
        )

    def test_revisions_and_moderation_are_on(self):
        self.assertTrue(self.course.revisions.exists())
        self.assertIsNotNone(Page.objects.get(pk=self.course.pk).get_workflow())
