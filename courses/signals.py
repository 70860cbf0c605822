from django.dispatch import Signal

# Sent once, after the transaction that recorded it has committed, for every new
# CourseCompletion. Keyword argument: completion.
course_completed = Signal()
