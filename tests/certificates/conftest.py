# The course fixtures: a module with its quiz, and a learning path of two modules.
from tests.courses.conftest import course_index, learning_path, module  # noqa: F401
