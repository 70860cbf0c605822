"""The group of requirement administrators, which a fresh site needs as much as the demo does.
Members of the group set requirements for the part of the party they lead (see
compliance.admin); superusers and national leaders for the whole party."""

from django.contrib.auth.models import Group, Permission

from skolering.editorial import TRAINING_ADMINISTRATORS as ADMINISTRATORS


def administrators_group() -> Group:
    group, _created = Group.objects.get_or_create(name=ADMINISTRATORS)
    group.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="compliance",
            codename__in=[
                "add_courserequirement",
                "change_courserequirement",
                "delete_courserequirement",
                "view_courserequirement",
            ],
        ),
        *Permission.objects.filter(content_type__app_label="wagtailadmin", codename="access_admin"),
    )
    return group


def ensure(home) -> None:
    administrators_group()
