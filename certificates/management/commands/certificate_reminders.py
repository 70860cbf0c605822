"""Run daily: e-mail holders whose kursbevis expires within 60 days, and again within 14.
Each reminder goes once; running it twice a day, or after a missed day, sends nothing twice."""

from django.core.management.base import BaseCommand

from certificates.services import expiry_reminders_send


class Command(BaseCommand):
    help = "Queue the expiry reminders that are due (60 and 14 days before)."

    def handle(self, *args, **options):
        queued = expiry_reminders_send()
        self.stdout.write(f"{queued} expiry reminders queued.")
