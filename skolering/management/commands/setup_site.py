from django.core.management.base import BaseCommand, CommandError

from skolering.models import HomePage
from skolering.site_content import ensure_site_pages


class Command(BaseCommand):
    help = "Create the site's home page text, privacy page and accessibility statement if missing."

    def handle(self, *args, **options):
        home = HomePage.objects.first()
        if home is None:
            raise CommandError("No home page: run `manage.py migrate` first.")
        ensure_site_pages(home)
        self.stdout.write(self.style.SUCCESS("Site pages are in place."))
