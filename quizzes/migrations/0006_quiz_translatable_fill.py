"""Every existing quiz gets a translation key and the default locale (Bokmål)."""

from django.db import migrations

from wagtail.models import BootstrapTranslatableModel


class Migration(migrations.Migration):
    dependencies = [
        ("quizzes", "0005_quiz_translatable_bootstrap"),
        ("skolering", "0016_content_locales"),
    ]

    operations = [BootstrapTranslatableModel("quizzes.Quiz")]
