import io

import pytest

from actionplans.models import ProgressUpdate


@pytest.fixture
def seeded(seeded) -> io.StringIO:
    """The seed content without the demo's invented progress updates: these tests count updates
    of their own, from a plan nobody has reported on yet. tests/test_demo_content.py covers the
    demo's updates."""
    ProgressUpdate.objects.filter(is_demo=True).delete()
    return seeded
