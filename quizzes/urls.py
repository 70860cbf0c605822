from django.urls import path

from quizzes import views

urlpatterns = [
    path("forsok/<uuid:attempt_id>/", views.attempt_view, name="quiz_attempt"),
    path("forsok/<uuid:attempt_id>/svar/", views.answer_view, name="quiz_answer"),
    path("forsok/<uuid:attempt_id>/lever/", views.submit_view, name="quiz_submit"),
    path("forsok/<uuid:attempt_id>/resultat/", views.result_view, name="quiz_result"),
    path("forsok/<uuid:attempt_id>/nytt-forsok/", views.retry_view, name="quiz_retry"),
]
