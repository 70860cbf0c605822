"""Admin views of the courses app."""

from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.chooser import BrowseView

from courses.models import ModuleLibraryPage

browse = BrowseView.as_view()


@require_admin_access
def choose_page(request):
    """Wagtail's page chooser, except that choosing a module (for a course) opens in the module
    library rather than at the top of the site. It takes the chooser's own address, so it is
    routed before the admin's URLs."""
    if request.GET.get("page_type", "").lower() == "courses.modulepage":
        library = ModuleLibraryPage.objects.order_by("path").first()
        if library is not None:
            return browse(request, parent_page_id=library.pk)
    return browse(request)
