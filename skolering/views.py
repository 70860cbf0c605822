from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from skolering.queries import memberships_of, role_assignments_of


@login_required
def account(request):
    """The member's own profile: who they are, where they belong and which roles they hold."""
    return render(
        request,
        "skolering/account.html",
        {
            "memberships": memberships_of(request.user),
            "role_assignments": role_assignments_of(request.user),
        },
    )
