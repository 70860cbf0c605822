"""Run hourly: e-mail each participant of a gathering that starts within two days, with the
gathering as a calendar file. Each reminder goes once; running it often sends nothing twice."""

from django.core.management.base import BaseCommand

from gatherings.services import gathering_reminders_send


class Command(BaseCommand):
    help = "Queue the reminders of gatherings that start within two days."

    def handle(self, *args, **options):
        queued = gathering_reminders_send()
        self.stdout.write(f"{queued} gathering reminders queued.")
