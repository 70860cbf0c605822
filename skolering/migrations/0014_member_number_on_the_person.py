"""The member number belongs to the person, not to one of their memberships: a move between
branches closes one membership and opens another for the same number (register/)."""

from django.db import migrations, models


def copy_member_numbers(apps, schema_editor):
    """Each person takes the number of their open membership, else of their latest one."""
    Membership = apps.get_model("skolering", "Membership")
    User = apps.get_model("skolering", "User")
    taken = set()
    memberships = (
        Membership.objects.exclude(member_number="")
        .order_by("user_id", models.F("left_on").desc(nulls_first=True), "-joined_on")
        .values_list("user_id", "member_number")
    )
    numbered = set()
    for user_id, number in memberships:
        if user_id in numbered or number in taken:
            continue
        User.objects.filter(pk=user_id).update(member_number=number)
        numbered.add(user_id)
        taken.add(number)


class Migration(migrations.Migration):
    dependencies = [
        ("skolering", "0013_membership_branch_index_in_the_composite"),
    ]

    operations = [
        migrations.AddField(
            model_name="user",
            name="member_number",
            field=models.CharField(
                blank=True,
                max_length=20,
                null=True,
                unique=True,
                verbose_name="member number",
            ),
        ),
        migrations.RunPython(copy_member_numbers, migrations.RunPython.noop, elidable=True),
        migrations.RemoveConstraint(
            model_name="membership",
            name="membership_member_number_unique",
        ),
        migrations.RemoveField(
            model_name="membership",
            name="member_number",
        ),
        migrations.AddField(
            model_name="branch",
            name="municipality_number",
            field=models.CharField(
                blank=True,
                help_text="Statistics Norway's four-digit number of the municipality it covers.",
                max_length=4,
                verbose_name="municipality number",
            ),
        ),
    ]
