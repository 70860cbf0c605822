from wagtail import hooks

from courses.models import BranchPage
from courses.services import local_editor_group_ensure


@hooks.register("after_create_page")
def give_new_branch_section_its_editor_group(request, page):
    """A branch section gets its own group of local editors as soon as it exists; an
    administrator then adds people to the group in Settings → Groups."""
    if isinstance(page.specific, BranchPage):
        local_editor_group_ensure(branch_page=page.specific)
