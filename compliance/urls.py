from django.urls import path

from compliance import views

urlpatterns = [
    path("", views.dashboard, name="leader_dashboard"),
    path("personer/", views.people, name="leader_people"),
    path("personer/eksport.csv", views.export_csv, name="leader_export_csv"),
    path("personer/eksport.xlsx", views.export_xlsx, name="leader_export_xlsx"),
    path("personer/paminnelser/", views.send_reminders, name="leader_reminders"),
]
