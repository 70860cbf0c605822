from django.contrib.auth.models import Permission
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from register.views import (
    PERMISSION,
    PERMISSION_CODENAME,
    RegisterSyncDetailView,
    RegisterSyncIndexView,
)


@hooks.register("register_admin_urls")
def register_sync_urls():
    return [
        path("medlemsregister/", RegisterSyncIndexView.as_view(), name="register_sync_index"),
        path(
            "medlemsregister/<int:pk>/",
            RegisterSyncDetailView.as_view(),
            name="register_sync_detail",
        ),
    ]


@hooks.register("register_permissions")
def register_sync_permission():
    """So that the permission to run syncs can be given to a group of national administrators
    in the admin's group editor."""
    return Permission.objects.filter(
        content_type__app_label="register", codename=PERMISSION_CODENAME
    )


class RegisterMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(PERMISSION)


@hooks.register("register_admin_menu_item")
def register_sync_menu_item():
    return RegisterMenuItem(
        _("Member register"), reverse("register_sync_index"), icon_name="group", order=260
    )
