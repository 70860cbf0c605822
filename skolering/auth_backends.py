from django.contrib.auth.backends import ModelBackend


class EmailBackend(ModelBackend):
    """Log in with the email address, whatever its case and surrounding spaces: addresses are
    stored lower-cased, and members type them however their phone capitalises them."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if username is not None:
            username = username.strip().lower()
        return super().authenticate(request, username=username, password=password, **kwargs)
