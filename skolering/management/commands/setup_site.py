from django.core.management.base import BaseCommand

from skolering.site_content import ensure_site_pages


class Command(BaseCommand):
    help = "Create the home page text, the privacy page and the accessibility statement if missing."

    def handle(self, *args, **options):
        ensure_site_pages()
        self.stdout.write(self.style.SUCCESS("Site pages are in place."))
