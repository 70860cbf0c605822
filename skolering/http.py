"""Request typing for views that branch on htmx (django-htmx's middleware sets `request.htmx`)."""

from django_htmx.middleware import HtmxDetails

from django.http import HttpRequest


class HtmxHttpRequest(HttpRequest):
    htmx: HtmxDetails
