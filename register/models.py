from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class SyncStatus(models.TextChoices):
    QUEUED = "queued", _("waiting to start")
    RUNNING = "running", _("running")
    DONE = "done", _("done")
    FAILED = "failed", _("refused")


class RegisterSync(models.Model):
    """A sync started from the admin: the uploaded files (in private storage until the sync is
    carried out, or a day has passed), the run's state and, once done, its summary or the
    problems that stopped it. The progress while it runs is in the cache (register/tasks.py)."""

    wagtail_reference_index_ignore = True

    created_at = models.DateTimeField(_("started"), default=timezone.now)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("started by"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    dry_run = models.BooleanField(_("dry run"), default=True)
    force = models.BooleanField(_("forced"), default=False)
    status = models.CharField(
        _("status"), max_length=10, choices=SyncStatus.choices, default=SyncStatus.QUEUED
    )
    # [{"name", "path" (in the exports storage; "" once deleted), "size", "sha256"}]
    files = models.JSONField(_("files"), default=list)
    summary = models.JSONField(_("summary"), default=dict, blank=True)
    problems = models.JSONField(_("problems"), default=list, blank=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)
    dry_run_of = models.ForeignKey(
        "self",
        verbose_name=_("carries out the dry run"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="carried_out_by",
    )

    class Meta:
        verbose_name = _("register sync")
        verbose_name_plural = _("register syncs")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.created_at:%Y-%m-%d %H:%M}"

    @property
    def in_progress(self) -> bool:
        return self.status in (SyncStatus.QUEUED, SyncStatus.RUNNING)

    @property
    def files_kept(self) -> bool:
        return bool(self.files) and all(file.get("path") for file in self.files)

    @property
    def found_nothing_to_change(self) -> bool:
        return self.dry_run and self.status == SyncStatus.DONE and not self.summary.get("changes")

    def can_be_carried_out(self) -> bool:
        """A finished dry run with changes to make, whose files are still kept, that nobody
        has carried out yet (or whose carrying out was refused)."""
        return (
            self.dry_run
            and self.status == SyncStatus.DONE
            and not self.found_nothing_to_change
            and self.files_kept
            and not self.carried_out_by.exclude(status=SyncStatus.FAILED).exists()
        )
