from skolering.formats.nb.formats import *  # noqa: F403 - Nynorsk writes dates as Bokmål does
