from django import forms
from django.utils.translation import gettext_lazy as _

from courses.models import ReflectionAnswer


class ReflectionForm(forms.Form):
    text = forms.CharField(
        label=_("Your answer"),
        required=False,
        max_length=ReflectionAnswer.MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 5}),
        error_messages={
            "max_length": _("The answer is too long: at most %(limit_value)d characters.")
        },
    )
