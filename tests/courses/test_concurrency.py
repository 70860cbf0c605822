"""Double submits of "Merk som fullført": two requests at the same moment must record one module
completion and at most one course completion. Only PostgreSQL runs requests truly in parallel
(SQLite lets one writer in at a time), so the test runs there."""

import pytest

from django.db import connection

from courses.models import CourseCompletion, ModuleProgress
from courses.services import module_complete
from tests.concurrency import post_in_parallel

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="parallel writers need PostgreSQL"
    ),
]


def complete_in_parallel(user, url, requests=2):
    return post_in_parallel(user, url, requests=requests)


@pytest.mark.parametrize("attempt", range(3))
def test_simultaneous_completes_record_once(member, course, modules, attempt):
    module_complete(user=member, module=modules[0], course=course)
    url = f"{course.url}{modules[1].slug}/fullfort/"

    statuses = complete_in_parallel(member, url)

    assert statuses == [302, 302]
    progress = ModuleProgress.objects.filter(user=member, module=modules[1])
    assert progress.count() == 1 and progress.get().completed_at is not None
    assert CourseCompletion.objects.filter(user=member, course=course).count() == 1
