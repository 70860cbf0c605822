from django.dispatch import Signal

# Sent inside the transaction that grades a passed attempt, with `attempt`: the courses app
# completes the module (or course) the attempt was started from.
quiz_passed = Signal()
