from django.contrib.auth.models import User
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Add a person to the test provider: the username is the member number."

    def add_arguments(self, parser):
        parser.add_argument("member_number")
        parser.add_argument("password")
        parser.add_argument("--first-name", default="")
        parser.add_argument("--last-name", default="")
        parser.add_argument("--email", default="")

    def handle(self, *args, **options):
        person, _ = User.objects.update_or_create(
            username=options["member_number"],
            defaults={
                "first_name": options["first_name"],
                "last_name": options["last_name"],
                "email": options["email"],
            },
        )
        person.set_password(options["password"])
        person.save()
