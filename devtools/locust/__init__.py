"""The load test (`manage.py load_test`, `make bench`): `members.py` is a locustfile, run by
`locust` in a process of its own (locust patches the standard library with gevent, so nothing in
the Django process may import it), with the command line `command.py` builds; `server.py` is the
WSGI application gunicorn serves."""
