"""The audit trail is append-only in the database too, not only in the model: on PostgreSQL a
trigger refuses every UPDATE and DELETE of an event, whoever sends it (a script, a shell, a
database console).

One UPDATE is let through: the one Django sends when an account or a content type is deleted
(`on_delete=SET_NULL`), which sets actor_id or target_type_id to NULL and changes nothing else;
the event keeps the actor's address (actor_email) and the target's id and name.
TRUNCATE is not a row operation: Django's flush (tests, `manage.py flush`) keeps working.
SQLite (the embedded demo setup) has no such trigger: the model's save() and delete() refuse.
"""

from django.db import migrations

TABLE = "audit_auditevent"

CREATE = f"""
CREATE OR REPLACE FUNCTION audit_auditevent_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE'
       AND (NEW.actor_id IS NULL OR NEW.actor_id = OLD.actor_id)
       AND (NEW.target_type_id IS NULL OR NEW.target_type_id = OLD.target_type_id)
       AND (to_jsonb(NEW) - 'actor_id' - 'target_type_id')
           = (to_jsonb(OLD) - 'actor_id' - 'target_type_id')
    THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'audit events are append-only: % of event % refused', TG_OP, OLD.id;
END;
$$;

DROP TRIGGER IF EXISTS audit_auditevent_append_only ON {TABLE};
CREATE TRIGGER audit_auditevent_append_only
    BEFORE UPDATE OR DELETE ON {TABLE}
    FOR EACH ROW EXECUTE FUNCTION audit_auditevent_append_only();
"""

DROP = f"""
DROP TRIGGER IF EXISTS audit_auditevent_append_only ON {TABLE};
DROP FUNCTION IF EXISTS audit_auditevent_append_only();
"""


def create_trigger(apps, schema_editor) -> None:
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE, params=None)  # the SQL holds "%" of its own


def drop_trigger(apps, schema_editor) -> None:
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP, params=None)


class Migration(migrations.Migration):
    dependencies = [
        ("audit", "0003_plan_import_action"),
    ]

    operations = [
        migrations.RunPython(create_trigger, drop_trigger, elidable=False),
    ]
