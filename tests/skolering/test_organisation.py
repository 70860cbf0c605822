import datetime

import pytest

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from devtools.factories import MembershipFactory, UserFactory
from skolering.models import AuditEvent, AuditEventImmutable, Branch, BranchKind, Membership, User
from skolering.services import audit_event_record, branch_create, branch_update


def names(branches):
    return sorted(branch.name for branch in branches)


class TestBranchTree:
    def test_descendants_of_a_county_are_its_municipalities_and_chapters(self, org):
        assert names(org.vestland.get_descendants()) == ["Bergen", "Voss", "Årstad"]

    def test_ancestors_of_a_chapter_run_up_to_the_national_party(self, org):
        assert [b.name for b in org.arstad.get_ancestors()] == ["Partiet", "Vestland", "Bergen"]

    def test_siblings_are_not_descendants(self, org):
        assert org.voss not in org.bergen.get_descendants()
        assert org.trondheim not in org.vestland.get_descendants()

    def test_a_municipality_cannot_be_placed_directly_under_the_national_party(self, org):
        with pytest.raises(ValidationError) as error:
            branch_create(
                parent=org.national, kind=BranchKind.MUNICIPALITY, name="Bodø", slug="bodo"
            )
        assert "fylkesparti" in str(error.value)
        assert not Branch.objects.filter(slug="bodo").exists()

    def test_a_second_root_is_refused(self, org):
        with pytest.raises(ValidationError):
            branch_create(parent=org.national, kind=BranchKind.NATIONAL, name="X", slug="x")

    def test_moving_a_municipality_takes_its_chapters_along(self, org):
        branch_update(
            branch=org.bergen,
            parent=org.trondelag,
            kind=BranchKind.MUNICIPALITY,
            name="Bergen",
            slug="bergen",
        )
        assert names(Branch.objects.get(pk=org.trondelag.pk).get_descendants()) == [
            "Bergen",
            "Trondheim",
            "Årstad",
        ]
        assert names(Branch.objects.get(pk=org.vestland.pk).get_descendants()) == ["Voss"]

    def test_a_branch_with_chapters_cannot_become_a_chapter_itself(self, org):
        with pytest.raises(ValidationError) as error:
            branch_update(
                branch=org.bergen,
                parent=org.vestland,
                kind=BranchKind.CHAPTER,
                name="Bergen",
                slug="bergen",
            )
        assert "kan ikke bytte type" in str(error.value)
        assert Branch.objects.get(pk=org.bergen.pk).kind == BranchKind.MUNICIPALITY

    def test_a_leaf_municipality_may_be_renamed_in_place(self, org):
        branch_update(
            branch=org.voss,
            parent=org.vestland,
            kind=BranchKind.MUNICIPALITY,
            name="Voss herad",
            slug="voss",
        )
        voss = Branch.objects.get(pk=org.voss.pk)
        assert (voss.name, voss.get_parent()) == ("Voss herad", org.vestland)


class TestMembershipRules:
    def test_a_member_has_one_open_membership_at_a_time(self, org, member):
        with pytest.raises(IntegrityError), transaction.atomic():
            MembershipFactory(user=member, branch=org.voss)

    def test_a_closed_membership_and_a_new_one_may_coexist(self, org, member, today):
        Membership.objects.filter(user=member).update(left_on=today)
        MembershipFactory(user=member, branch=org.voss, joined_on=today)
        assert Membership.objects.active().get(user=member).branch == org.voss

    def test_leaving_before_joining_is_refused(self, org, today):
        membership = Membership(
            user=UserFactory(),
            branch=org.bergen,
            joined_on=today,
            left_on=today - datetime.timedelta(days=1),
        )
        with pytest.raises(ValidationError) as error:
            membership.full_clean()
        assert "før innmeldingen" in str(error.value)


class TestUser:
    def test_email_is_stored_lower_case(self, db):
        user = User.objects.create_user(email="  Kari.Nordmann@Example.ORG ", password="x")
        assert user.email == "kari.nordmann@example.org"

    def test_superuser_has_admin_flags(self, db):
        user = User.objects.create_superuser(email="root@example.org", password="x")
        assert user.is_staff and user.is_superuser


class TestAuditEventIsAppendOnly:
    @pytest.fixture
    def event(self, member, org):
        return audit_event_record(
            actor=member, action="leader.view", branch=org.bergen, details={"rows": 3}
        )

    def test_recording_stores_who_what_and_where(self, event, member, org):
        stored = AuditEvent.objects.get(pk=event.pk)
        assert (stored.actor, stored.action, stored.branch) == (member, "leader.view", org.bergen)
        assert stored.details == {"rows": 3}

    def test_an_event_cannot_be_saved_again(self, event):
        event.action = "something.else"
        with pytest.raises(AuditEventImmutable):
            event.save()
        assert AuditEvent.objects.get(pk=event.pk).action == "leader.view"

    def test_an_event_cannot_be_deleted(self, event):
        with pytest.raises(AuditEventImmutable):
            event.delete()
        assert AuditEvent.objects.filter(pk=event.pk).exists()

    def test_queryset_update_and_delete_are_refused(self, event):
        with pytest.raises(AuditEventImmutable):
            AuditEvent.objects.filter(pk=event.pk).update(action="changed")
        with pytest.raises(AuditEventImmutable):
            AuditEvent.objects.all().delete()
        with pytest.raises(AuditEventImmutable):
            AuditEvent.objects.bulk_update([event], ["action"])
        assert AuditEvent.objects.get(pk=event.pk).action == "leader.view"
