from tests.courses.conftest import course_index, module  # noqa: F401 (fixtures)
