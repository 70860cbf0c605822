"""Background work for gatherings (django-tasks): the e-mails of sign-up, waiting list, moving up
and cancellation (with the calendar file when the member has a place), the reminders before a
gathering, and the course leaders' messages."""

from django_tasks import task

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.template.loader import render_to_string

from gatherings.calendar import calendar_bytes, run_calendar
from gatherings.models import Gathering, RunMessage, Signup, SignupStatus
from skolering.languages import in_language_of
from skolering.models import User

# Which e-mail each event sends, and whether the calendar file goes with it.
KINDS = {
    SignupStatus.SIGNED_UP: ("signed_up", True),
    SignupStatus.WAITING: ("waiting", False),
    "moved_up": ("moved_up", True),
    "run_cancelled": ("run_cancelled", True),
    "run_changed": ("run_changed", True),
}


def _render(name: str, context: dict) -> tuple[str, str]:
    subject = render_to_string(f"gatherings/email/{name}_subject.txt", context).strip()
    return subject, render_to_string(f"gatherings/email/{name}_body.txt", context)


def _context(**values) -> dict:
    return {"site_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/")} | values


@task()
def send_signup_emails(*, kind: str, signup_ids: list[int]) -> int:
    """One e-mail per sign-up, in one connection. Returns how many went out."""
    name, with_calendar = KINDS[kind]
    signups = Signup.objects.filter(pk__in=signup_ids).select_related("user", "run__branch")
    messages = []
    for signup in signups:
        run = signup.run
        # The calendar (with any video meeting link) goes only to those with a place.
        has_place = signup.status == SignupStatus.SIGNED_UP
        context = _context(signup=signup, run=run, user=signup.user, has_place=has_place)
        with in_language_of(signup.user):
            subject, body = _render(name, context)
        message = EmailMessage(subject=subject, body=body, to=[signup.user.email])
        if with_calendar and has_place:
            message.attach("samlinger.ics", run_calendar(run), "text/calendar; charset=utf-8")
        messages.append(message)
    get_connection().send_messages(messages)
    return len(messages)


@task()
def send_gathering_reminders(*, gathering_id: int, user_ids: list[int]) -> int:
    gathering = Gathering.objects.select_related("run").filter(pk=gathering_id).first()
    if gathering is None:
        return 0
    run = gathering.run
    still_signed_up = Signup.objects.filter(
        run=run, user_id__in=user_ids, status=SignupStatus.SIGNED_UP
    ).values("user_id")
    messages = []
    for user in User.objects.filter(pk__in=still_signed_up):
        with in_language_of(user):
            subject, body = _render("reminder", _context(gathering=gathering, run=run, user=user))
        message = EmailMessage(subject=subject, body=body, to=[user.email])
        message.attach(
            "samling.ics", calendar_bytes(run.title, [(gathering, run)]), "text/calendar"
        )
        messages.append(message)
    get_connection().send_messages(messages)
    return len(messages)


@task()
def send_run_message(*, message_id: int) -> int:
    message = RunMessage.objects.select_related("run", "sender").get(pk=message_id)
    recipients = User.objects.filter(
        course_signups__run=message.run, course_signups__status=SignupStatus.SIGNED_UP
    )
    reply_to = [message.sender.email] if message.sender else []
    emails = []
    for user in recipients:
        with in_language_of(user):
            body = render_to_string(
                "gatherings/email/message_body.txt", _context(message=message, run=message.run)
            )
        emails.append(
            EmailMessage(
                subject=f"{message.run.title}: {message.subject}",
                body=body,
                to=[user.email],
                reply_to=reply_to,
            )
        )
    get_connection().send_messages(emails)
    return len(emails)
