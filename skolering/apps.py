from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SkoleringConfig(AppConfig):
    name = "skolering"
    verbose_name = _("Organisation")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import pre_delete

        from skolering import receivers  # noqa: F401  (connects the log-in throttle's receivers)
        from skolering.models import User
        from skolering.personal_data import erase_before_delete

        pre_delete.connect(erase_before_delete, sender=User, dispatch_uid="erase_before_delete")

        from django.db.models.signals import post_delete, post_save

        from wagtail.models import Locale

        from skolering.languages import locales_changed

        for signal in (post_save, post_delete):
            signal.connect(locales_changed, sender=Locale, dispatch_uid=f"locales_{signal}")
