from django.db import migrations

HUB_ROLES = ("reviewer", "editor", "coordinator")


def create_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for name in HUB_ROLES:
        Group.objects.get_or_create(name=name)


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=HUB_ROLES).delete()


class Migration(migrations.Migration):
    dependencies = [("accounts", "0001_initial"), ("auth", "0012_alter_user_first_name_max_length")]

    operations = [migrations.RunPython(create_groups, remove_groups)]
