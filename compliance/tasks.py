"""Background work for required training (django-tasks): the reminder e-mails."""

from django_tasks import task

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.template.loader import render_to_string

from compliance.models import RequirementReminder


@task()
def send_requirement_reminders(*, reminder_ids: list[int]) -> None:
    reminders = RequirementReminder.objects.filter(pk__in=reminder_ids).select_related(
        "user", "requirement__course"
    )
    messages = []
    for reminder in reminders:
        context = {
            "reminder": reminder,
            "requirement": reminder.requirement,
            "course_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/")
            + reminder.requirement.course.url,
        }
        messages.append(
            EmailMessage(
                subject=render_to_string("compliance/email/reminder_subject.txt", context).strip(),
                body=render_to_string("compliance/email/reminder_body.txt", context),
                to=[reminder.user.email],
            )
        )
    get_connection().send_messages(messages)
