import pytest

from devtools.factories import MembershipFactory, UserFactory
from skolering.models import Role
from tests.gatherings.builders import from_now, make_blended_course, make_run


@pytest.fixture
def blended_course(site_pages):
    return make_blended_course()


@pytest.fixture
def course_leader(org):
    user = UserFactory(email="kursleder@example.org", first_name="Máret", last_name="Guttorm")
    MembershipFactory(user=user, branch=org.voss)
    return user


@pytest.fixture
def run(blended_course, org, course_leader):
    """Vestland's run: three gatherings of 3, 3 and 2 teaching hours, ten places."""
    return make_run(blended_course, org.vestland, leaders=[course_leader])


@pytest.fixture
def started_run(blended_course, org, course_leader):
    """Vestland's run whose first gathering began an hour ago; sign-up is still open."""
    return make_run(
        blended_course,
        org.vestland,
        leaders=[course_leader],
        starts=from_now(-1 / 24),
        deadline=from_now(1),
        title="Partiskolen trinn 1 – Vestland, i gang",
    )


@pytest.fixture
def vestland_members(org):
    """Twelve members in Vestland's branches, with Norwegian and Sámi names."""
    names = [
        ("Áile", "Ŋáŋŋás"),
        ("Ørjan", "Bækkelund"),
        ("Elle Márjá", "Eira"),
        ("Tore", "Ødegård"),
        ("Ravdna", "Ŧuoddar"),
        ("Åse", "Njåstad"),
        ("Čájet", "Sámmol"),
        ("Ragnhild", "Øye"),
        ("Đuro", "Šiŋko"),
        ("Kristoffer", "Lægreid"),
        ("Ingeborg", "Kvåle"),
        ("Henrik", "Grønås"),
    ]
    branches = [org.bergen, org.arstad, org.voss, org.vestland]
    members = []
    for index, (first, last) in enumerate(names):
        user = UserFactory(email=f"deltaker{index}@example.org", first_name=first, last_name=last)
        MembershipFactory(user=user, branch=branches[index % len(branches)])
        members.append(user)
    return members


@pytest.fixture
def trondheim_member(org):
    user = UserFactory(email="trondheim@example.org", first_name="Trond", last_name="Heim")
    MembershipFactory(user=user, branch=org.trondheim)
    return user


@pytest.fixture
def bergen_leader(org, make_role):
    user = UserFactory(email="leder@example.org", first_name="Kari", last_name="Nilsen")
    MembershipFactory(user=user, branch=org.bergen)
    make_role(user, org.bergen, Role.LEDER)
    return user


@pytest.fixture
def vestland_leader(org, make_role):
    user = UserFactory(email="fylkesleder@example.org", first_name="Per", last_name="Johansen")
    MembershipFactory(user=user, branch=org.voss)
    make_role(user, org.vestland, Role.LEDER)
    return user
