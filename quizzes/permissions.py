"""Who may do what with which quiz. Model permissions decide what a group may do at all; the quiz's
owning branch narrows it: local editors act only on their branches' quizzes, and may choose
those and the national ones for their modules."""

from django.db.models import Q

from wagtail.permission_policies import ModelPermissionPolicy

from quizzes.models import Quiz
from skolering.access import edited_branch_ids, owned_content_q
from skolering.translated import originals


class QuizPermissionPolicy(ModelPermissionPolicy):
    def instances_user_has_permission_for(self, user, action):
        quizzes = super().instances_user_has_permission_for(user, action)
        return quizzes.filter(owned_content_q(user, self._get_permission_name(action)))

    def instances_user_has_any_permission_for(self, user, actions):
        branch_ids: set[int] = set()
        for action in actions:
            if not self.user_has_permission(user, action):
                continue
            granted = edited_branch_ids(user, self._get_permission_name(action))
            if granted is None:
                return self.model._default_manager.all()
            branch_ids.update(granted)
        return self.model._default_manager.filter(branch__in=branch_ids)

    def user_has_permission_for_instance(self, user, action, instance):
        if not self.user_has_permission(user, action):
            return False
        branch_ids = edited_branch_ids(user, self._get_permission_name(action))
        return branch_ids is None or instance.branch_id in branch_ids

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return any(self.user_has_permission_for_instance(user, a, instance) for a in actions)

    def instances_user_may_choose(self, user):
        """Quizzes the user may put in a module: national ones and those they may change; the
        originals (a module's translation follows its original's quiz)."""
        return originals(
            self.model._default_manager.filter(
                Q(branch__isnull=True)
                | Q(pk__in=self.instances_user_has_permission_for(user, "change"))
            )
        )


quiz_policy = QuizPermissionPolicy(Quiz)
