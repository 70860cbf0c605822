"""The rights to plan course runs go to the training administrators' group, which
sets required training too: they schedule their branches' runs in the admin, each inside the part
of the party they lead (gatherings.wagtail_hooks). Called by `ensure_site_pages`."""

from django.contrib.auth.models import Group, Permission

from skolering.editorial import TRAINING_ADMINISTRATORS

RIGHTS = ("add", "change", "delete", "view")


def ensure(home) -> None:
    group, _created = Group.objects.get_or_create(name=TRAINING_ADMINISTRATORS)
    group.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="gatherings",
            codename__in=[f"{right}_courserun" for right in RIGHTS] + ["view_studyassociation"],
        )
    )
