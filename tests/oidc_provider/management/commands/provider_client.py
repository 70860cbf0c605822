from oidc_provider.models import Client, ResponseType

from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Register the relying party (Skolering) with the test provider."

    def add_arguments(self, parser):
        parser.add_argument("--client-id", required=True)
        parser.add_argument("--client-secret", required=True)
        parser.add_argument("--redirect-uri", required=True)
        parser.add_argument("--post-logout-redirect-uri", required=True)

    def handle(self, *args, **options):
        client, _ = Client.objects.update_or_create(
            client_id=options["client_id"],
            defaults={
                "name": "Skolering",
                "client_type": "confidential",
                "client_secret": options["client_secret"],
                "jwt_alg": "RS256",
                "require_consent": False,
                "_redirect_uris": options["redirect_uri"],
                "_post_logout_redirect_uris": options["post_logout_redirect_uri"],
            },
        )
        client.response_types.set([ResponseType.objects.get(value="code")])
