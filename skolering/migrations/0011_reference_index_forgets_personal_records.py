"""Wagtail's reference index no longer indexes records of people (skolering.models.PersonalRecord):
the rows it kept for them go."""

from django.db import migrations

PERSONAL_RECORDS = {
    "skolering": ["membership", "roleassignment", "auditevent", "usersession"],
    "quizzes": ["quizattempt", "quizanswer", "quiztimeextension"],
    "courses": ["moduleprogress", "enrollment", "coursecompletion", "reflectionanswer"],
    "certificates": ["certificate", "expiryreminder"],
    "compliance": ["requirementreminder"],
}


def forget(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    ReferenceIndex = apps.get_model("wagtailcore", "ReferenceIndex")
    for app_label, models in PERSONAL_RECORDS.items():
        types = ContentType.objects.filter(app_label=app_label, model__in=models)
        ReferenceIndex.objects.filter(content_type__in=types).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("skolering", "0010_session_user_relation"),
        ("wagtailcore", "0096_referenceindex_referenceindex_source_object_and_more"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(forget, migrations.RunPython.noop)]
