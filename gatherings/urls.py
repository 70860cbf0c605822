"""Members at /samlinger/, course leaders at /kursleder/, branch leaders at /leder/samlinger/."""

from django.urls import path

from gatherings import views

app_name = "gatherings"

member_patterns = [
    path("", views.run_list, name="runs"),
    path("<int:run_id>/", views.run_detail, name="run"),
    path("<int:run_id>/pamelding/", views.signup, name="signup"),
    path("<int:run_id>/avmelding/", views.cancel, name="cancel"),
    path("<int:run_id>/samlinger.ics", views.run_ics, name="run_ics"),
    path("kalender/", views.feed_settings, name="feed"),
    path("kalender/ny-adresse/", views.feed_reset, name="feed_reset"),
]

course_leader_patterns = [
    path("", views.leader_runs, name="leader_runs"),
    path("<int:run_id>/", views.leader_run, name="leader_run"),
    path("<int:run_id>/samling/<int:gathering_id>/", views.attendance, name="attendance"),
    path("<int:run_id>/materiell/", views.material, name="material"),
    path("<int:run_id>/melding/", views.message, name="message"),
    path("<int:run_id>/rapport/", views.report_page, name="report"),
    path("<int:run_id>/rapport/bekreft/", views.confirm, name="confirm"),
    path("<int:run_id>/fremmoteliste.csv", views.report_csv, name="report_csv"),
    path("<int:run_id>/fremmoteliste.pdf", views.report_pdf, name="report_pdf"),
]

urlpatterns = [
    *[path(f"samlinger/{p.pattern}", p.callback, name=p.name) for p in member_patterns],
    *[path(f"kursleder/{p.pattern}", p.callback, name=p.name) for p in course_leader_patterns],
    path("leder/samlinger/", views.branch_runs, name="branch_runs"),
    # The calendar feed's secret address: no login, the token is the key.
    path("kalender/<str:token>.ics", views.calendar_feed, name="calendar_feed"),
]
