from django.urls import path

from compliance import views

urlpatterns = [
    path("", views.dashboard, name="leader_dashboard"),
    path("personer/", views.people, name="leader_people"),
    path("personer/eksport.csv", views.export_csv, name="leader_export_csv"),
    path("personer/eksport.xlsx", views.export_xlsx, name="leader_export_xlsx"),
    path("personer/eksporter/", views.export_start, name="leader_export_start"),
    path("personer/eksporter/<int:export_id>/", views.export_job, name="leader_export_job"),
    path(
        "personer/eksporter/<int:export_id>/last-ned/",
        views.export_download,
        name="leader_export_download",
    ),
    path("personer/paminnelser/", views.send_reminders, name="leader_reminders"),
    path("personer/paminnelser/status/", views.reminder_status, name="leader_reminder_status"),
    path("personer/paminnelser/prov-igjen/", views.retry_reminders, name="leader_reminders_retry"),
]
