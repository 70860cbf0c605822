import datetime

from treebeard.mp_tree import MP_Node

from django.conf import settings
from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.contrib.sessions.base_session import AbstractBaseSession
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from skolering.blocks import StandardPageBodyBlock
from skolering.page_serving import OneQueryViewRestrictions, RoutesThroughWithoutFields


class PersonalRecord:
    """For models that record what people did or are (memberships, progress, attempts, audit
    events): no content that an editor asks "where is this used?" of. Wagtail's reference index
    would otherwise index every such row on every save (a task, and an index row, per quiz answer
    or audit event)."""

    wagtail_reference_index_ignore = True


# --- Accounts ----------------------------------------------------------------------------------


class UserManager(BaseUserManager):
    use_in_migrations = True

    def normalize_email(self, email):
        return (email or "").strip().lower()

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An email address is required.")
        user = self.model(email=self.normalize_email(email), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        if not (extra_fields["is_staff"] and extra_fields["is_superuser"]):
            raise ValueError("A superuser must have is_staff and is_superuser set.")
        return self._create_user(email, password, **extra_fields)


class User(AbstractUser):
    """A person who logs in with an email address. Members, editors and leaders are all users;
    what they may do follows from their memberships, roles and Wagtail groups."""

    username = None
    email = models.EmailField(_("email address"), unique=True)
    # The person's number in the party's member register: who they are to the register sync and
    # to the party's log-in (register/). Empty for people the register does not know (editors).
    member_number = models.CharField(
        _("member number"), max_length=20, unique=True, null=True, blank=True
    )
    # The language the member chose (the switcher or /konto/): pages, e-mails and certificates
    # are in it. Empty until they choose: then their browser's language decides.
    preferred_language = models.CharField(
        _("language"), max_length=8, choices=settings.LANGUAGES, blank=True
    )

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = ["first_name", "last_name"]

    objects = UserManager()

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        ordering = ["last_name", "first_name", "email"]
        # The leaders' status counts leave out the few inactive users without reading the rest.
        indexes = [models.Index(fields=["id"], condition=Q(is_active=False), name="user_inactive")]

    def __str__(self):
        return self.get_full_name() or self.email

    def clean(self):
        super().clean()
        self.email = type(self).objects.normalize_email(self.email)

    def save(self, *args, **kwargs):
        self.email = type(self).objects.normalize_email(self.email)
        super().save(*args, **kwargs)


# --- Organisation ------------------------------------------------------------------------------


class BranchKind(models.TextChoices):
    NATIONAL = "national", _("national party")
    COUNTY = "county", _("county party")
    MUNICIPALITY = "municipality", _("municipal party")
    CHAPTER = "chapter", _("local chapter")


# Which kind of branch may sit directly below which: the party's organisational ladder.
CHILD_KIND = {
    BranchKind.NATIONAL: BranchKind.COUNTY,
    BranchKind.COUNTY: BranchKind.MUNICIPALITY,
    BranchKind.MUNICIPALITY: BranchKind.CHAPTER,
}
PARENT_KIND = {child: parent for parent, child in CHILD_KIND.items()}


class Branch(MP_Node):
    """One unit of the party organisation, in a tree: national → county → municipality →
    local chapter. The materialised path makes "this branch and everything below it" a single
    indexed prefix query."""

    kind = models.CharField(_("kind"), max_length=20, choices=BranchKind.choices)
    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=120, unique=True, allow_unicode=True)
    number = models.CharField(
        _("organisation number"),
        max_length=20,
        blank=True,
        help_text=_("The branch's number in the membership register, if it has one."),
    )
    municipality_number = models.CharField(
        _("municipality number"),
        max_length=4,
        blank=True,
        help_text=_("Statistics Norway's four-digit number of the municipality it covers."),
    )

    node_order_by = ["name"]

    class Meta:
        verbose_name = _("branch")
        verbose_name_plural = _("branches")
        constraints = [
            models.UniqueConstraint(
                fields=["number"], condition=~Q(number=""), name="branch_number_unique"
            ),
        ]

    def __str__(self):
        return self.name

    @property
    def indented_name(self) -> str:
        """The name indented by depth, for flat lists that show the tree."""
        return "— " * (self.depth - 1) + self.name

    def validate_placement(self, parent: "Branch | None") -> None:
        """Raise ValidationError unless this branch, of its kind, may sit under `parent`, and
        (for a stored branch) unless a change of kind would break the ladder below it."""
        errors = {}
        expected = PARENT_KIND.get(self.kind)
        if expected is None and parent is not None:
            errors["parent"] = _("The national party is the root and cannot have a parent.")
        elif expected is not None and (parent is None or parent.kind != expected):
            errors["parent"] = _("A %(kind)s must be placed under a %(parent)s.") % {
                "kind": self.get_kind_display(),
                "parent": BranchKind(expected).label,
            }
        if self.pk and self.get_children().exclude(kind=CHILD_KIND.get(self.kind)).exists():
            errors["kind"] = _("A branch with branches below it cannot change its kind.")
        if errors:
            raise ValidationError(errors)


class BranchEditors(models.Model):
    """The Wagtail group of a branch's local editors. They edit the branch's section of the site,
    its collection of images and documents, and the quizzes the branch owns."""

    branch = models.OneToOneField(
        Branch, verbose_name=_("branch"), on_delete=models.CASCADE, related_name="editors"
    )
    group = models.OneToOneField(
        "auth.Group",
        verbose_name=_("group"),
        on_delete=models.CASCADE,
        related_name="branch_editors",
    )

    class Meta:
        verbose_name = _("local editor group")
        verbose_name_plural = _("local editor groups")

    def __str__(self):
        return str(self.group)


class MembershipQuerySet(models.QuerySet):
    def active(self, on: datetime.date | None = None):
        on = on or timezone.localdate()
        return self.filter(joined_on__lte=on).filter(Q(left_on__isnull=True) | Q(left_on__gt=on))


class Membership(PersonalRecord, models.Model):
    """A member's home branch. A member belongs to one branch at a time; a move closes the old
    membership (`left_on`) and opens a new one, so history is kept."""

    user = models.ForeignKey(
        User, verbose_name=_("member"), on_delete=models.CASCADE, related_name="memberships"
    )
    # Looked up by branch through membership_branch_joined below, whose first column it is:
    # an index of the branch alone would only cost every write.
    branch = models.ForeignKey(
        Branch,
        verbose_name=_("branch"),
        on_delete=models.PROTECT,
        related_name="memberships",
        db_index=False,
    )
    joined_on = models.DateField(_("joined on"), default=timezone.localdate)
    left_on = models.DateField(_("left on"), null=True, blank=True)

    objects = MembershipQuerySet.as_manager()

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        ordering = ["-joined_on"]
        # The leaders' status SQL, read from the indexes alone (on PostgreSQL; SQLite indexes
        # the first two columns): the members who joined since a date, newest first, and every
        # member of the branches in a county or a municipality.
        indexes = [
            models.Index(
                fields=["joined_on", "branch"],
                include=["user", "left_on"],
                name="membership_joined_branch",
            ),
            models.Index(
                fields=["branch", "joined_on"],
                include=["user", "left_on"],
                name="membership_branch_joined",
            ),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["user"],
                condition=Q(left_on__isnull=True),
                name="membership_one_open_per_user",
                violation_error_message=_("This member already has an open membership."),
            ),
            models.CheckConstraint(
                condition=Q(left_on__isnull=True) | Q(left_on__gte=models.F("joined_on")),
                name="membership_left_after_joined",
                violation_error_message=_("A member cannot leave before joining."),
            ),
        ]

    def __str__(self):
        return f"{self.user} – {self.branch}"


class Role(models.TextChoices):
    TILLITSVALGT = "tillitsvalgt", _("officer (tillitsvalgt)")
    FOLKEVALGT = "folkevalgt", _("elected representative (folkevalgt)")
    LEDER = "leder", _("leader")
    SKOLERINGSANSVARLIG = "skoleringsansvarlig", _("training officer (skoleringsansvarlig)")


# Roles whose holders follow up the training of their branch and every branch below it.
LEADING_ROLES = (Role.LEDER, Role.SKOLERINGSANSVARLIG)


class RoleAssignmentQuerySet(models.QuerySet):
    def active(self, on: datetime.date | None = None):
        """Assignments in force on `on` (today by default); `ends_on` is the last day in office."""
        on = on or timezone.localdate()
        return self.filter(starts_on__lte=on).filter(Q(ends_on__isnull=True) | Q(ends_on__gte=on))


class RoleAssignment(PersonalRecord, models.Model):
    user = models.ForeignKey(
        User, verbose_name=_("person"), on_delete=models.CASCADE, related_name="role_assignments"
    )
    branch = models.ForeignKey(
        Branch, verbose_name=_("branch"), on_delete=models.PROTECT, related_name="role_assignments"
    )
    role = models.CharField(_("role"), max_length=30, choices=Role.choices)
    starts_on = models.DateField(_("starts on"), default=timezone.localdate)
    ends_on = models.DateField(
        _("ends on"), null=True, blank=True, help_text=_("The last day in the role. Blank: open.")
    )

    objects = RoleAssignmentQuerySet.as_manager()

    class Meta:
        verbose_name = _("role assignment")
        verbose_name_plural = _("role assignments")
        ordering = ["-starts_on"]
        indexes = [
            models.Index(fields=["user", "role"]),
            # The leaders' status SQL: a role's holders in the branches in scope.
            models.Index(fields=["role", "branch", "starts_on"], name="role_by_branch"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "branch", "role", "starts_on"],
                name="role_assignment_unique_start",
                violation_error_message=_("This person already starts in this role on that day."),
            ),
            models.CheckConstraint(
                condition=Q(ends_on__isnull=True) | Q(ends_on__gte=models.F("starts_on")),
                name="role_assignment_ends_after_start",
                violation_error_message=_("A role cannot end before it starts."),
            ),
        ]

    def __str__(self):
        return f"{self.user} – {self.get_role_display()}, {self.branch}"

    @property
    def has_ended(self) -> bool:
        return self.ends_on is not None and self.ends_on < timezone.localdate()


# --- Audit -------------------------------------------------------------------------------------


class AuditEventImmutable(Exception):
    """Raised when code tries to change or remove an audit event."""


def forget_person(collector, field, sub_objs, using):
    """on_delete for an audit event's references to a person. Erasing a person is the one change
    an audit event accepts: the reference becomes empty and the event itself stays. It bypasses
    the immutable queryset on purpose, which Django's own SET_NULL would call."""
    models.QuerySet.update(sub_objs, **{field.name: None})


forget_person.lazy_sub_objs = True


class AuditEventQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise AuditEventImmutable("Audit events cannot be changed.")

    def delete(self):
        raise AuditEventImmutable("Audit events cannot be deleted.")

    def remove_older_than(self, moment) -> int:
        """Retention (manage.py apply_retention) is the one way events go: by age, never one by
        one."""
        return self.filter(created_at__lt=moment)._raw_delete(self.db)

    # bulk_update goes through update(); making it explicit keeps the error message clear.
    def bulk_update(self, objs, fields, batch_size=None):
        raise AuditEventImmutable("Audit events cannot be changed.")


class AuditEvent(PersonalRecord, models.Model):
    """An append-only record of who looked at or exported whose data, and of admin actions."""

    created_at = models.DateTimeField(_("time"), default=timezone.now, db_index=True)
    actor = models.ForeignKey(
        User,
        verbose_name=_("actor"),
        on_delete=forget_person,
        null=True,
        blank=True,
        related_name="+",
    )
    action = models.CharField(_("action"), max_length=60, db_index=True)
    branch = models.ForeignKey(
        Branch,
        verbose_name=_("branch scope"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    subject = models.ForeignKey(
        User,
        verbose_name=_("person concerned"),
        on_delete=forget_person,
        null=True,
        blank=True,
        related_name="+",
    )
    details = models.JSONField(_("details"), default=dict, blank=True)

    objects = AuditEventQuerySet.as_manager()

    class Meta:
        verbose_name = _("audit event")
        verbose_name_plural = _("audit events")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.action}"

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise AuditEventImmutable("Audit events cannot be changed.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AuditEventImmutable("Audit events cannot be deleted.")


# --- Site pages --------------------------------------------------------------------------------


class HomePage(RoutesThroughWithoutFields, OneQueryViewRestrictions, Page):
    intro = models.TextField(_("introduction"), max_length=500, blank=True)
    body = StreamField(StandardPageBodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]
    max_count = 1
    template = "skolering/home_page.html"

    class Meta:
        verbose_name = _("home page")


class StandardPage(OneQueryViewRestrictions, Page):
    """A plain page of text, such as the privacy statement and the accessibility statement."""

    intro = models.TextField(_("introduction"), max_length=500, blank=True)
    body = StreamField(StandardPageBodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["skolering.HomePage", "skolering.StandardPage"]
    template = "skolering/standard_page.html"

    class Meta:
        verbose_name = _("standard page")


class UserSession(PersonalRecord, AbstractBaseSession):
    """Django's database session with the user it belongs to, so that all of a person's
    sessions can be ended at once (erasure; skolering/sessions.py fills it on every save). A
    plain number, not a foreign key: a request that saves its session while the user is being
    erased must not fail on a missing row."""

    user_id = models.BigIntegerField(_("user"), null=True, blank=True, db_index=True)
    # The same number as a relation without a constraint, so that the session's row can be read
    # with its user's in one query (skolering/sessions.py).
    user = models.ForeignObject(
        User,
        from_fields=["user_id"],
        to_fields=["id"],
        on_delete=models.DO_NOTHING,
        related_name="+",
        null=True,
    )

    @classmethod
    def get_session_store_class(cls):
        from skolering.sessions import SessionStore

        return SessionStore

    class Meta:
        verbose_name = _("session")
        verbose_name_plural = _("sessions")
