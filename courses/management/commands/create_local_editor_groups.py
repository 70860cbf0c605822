from django.core.management.base import BaseCommand

from courses.models import BranchPage
from courses.services import local_editor_group_ensure
from skolering.translated import originals


class Command(BaseCommand):
    help = (
        "Create (or repair) the Wagtail group of local editors for every branch section: "
        "they may edit that section and nothing else."
    )

    def handle(self, *args, **options):
        for branch_page in originals(BranchPage.objects.select_related("branch").order_by("path")):
            group = local_editor_group_ensure(branch_page=branch_page)
            self.stdout.write(f"{group.name}: {branch_page.url_path}")
        self.stdout.write(self.style.SUCCESS("Local editor groups are in place."))
