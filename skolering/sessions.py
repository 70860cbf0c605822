"""The session engine (SESSION_ENGINE): Django's database sessions, stored with their user's id
so that `sessions_end_for` can end every session of a person. The session's row comes with its
user's, so that a logged-in page does not read the user again (`EmailBackend.get_user`), and
with whether they lead a branch today, which the header asks on every page."""

import logging
from contextvars import ContextVar

from django.contrib.auth import SESSION_KEY
from django.contrib.sessions.backends.db import SessionStore as DatabaseSessionStore
from django.core.exceptions import SuspiciousOperation
from django.utils import timezone

# The user of the session loaded last in this thread or task. Django reads the session before it
# asks the backend for the session's user, in the same request, so the backend finds them here;
# it checks the id and reads the row itself when they differ.
session_user: ContextVar = ContextVar("session_user", default=None)


class SessionStore(DatabaseSessionStore):
    @classmethod
    def get_model_class(cls):
        from skolering.models import UserSession

        return UserSession

    def _get_session_from_db(self):
        """Django's, with the user's row in the same query."""
        session_user.set(None)
        from skolering.access import leads_today

        try:
            session = (
                self.model.objects.select_related("user")
                .annotate(user_leads=leads_today("user_id"))
                .get(session_key=self.session_key, expire_date__gt=timezone.now())
            )
        except (self.model.DoesNotExist, SuspiciousOperation) as error:
            if isinstance(error, SuspiciousOperation):
                logging.getLogger(f"django.security.{error.__class__.__name__}").warning(str(error))
            self._session_key = None
            return None
        if session.user is not None:
            session.user.leads_a_branch_today = session.user_leads
        session_user.set(session.user)
        return session

    def create_model_instance(self, data):
        session = super().create_model_instance(data)
        try:
            session.user_id = int(data.get(SESSION_KEY))
        except (TypeError, ValueError):
            session.user_id = None
        return session


def sessions_end_for(user) -> int:
    """Log the user out everywhere: delete every session they have. Returns how many."""
    from skolering.models import UserSession

    deleted, _ = UserSession.objects.filter(user_id=user.pk).delete()
    return deleted
