"""The one staff search, for every HR list that finds people by what HR types.

Each word (up to MAX_WORDS) must be found in the first name, the last name or the email
address, or be the employee number: "nadia nouv" finds Nadia Nouvelle, and so does her
matricule. On PostgreSQL the trigram indexes of accounts' migration 0007 serve each test
(they index the very UPPER(...) expressions that `icontains` writes).
"""

from django.db.models import Q

MAX_WORDS = 5
MAX_LENGTH = 100


def search_staff(people, query):
    """`people` (a queryset of users) narrowed to those matching `query`; all of them for
    an empty query."""
    for word in query.strip()[:MAX_LENGTH].split()[:MAX_WORDS]:
        people = people.filter(Q(first_name__icontains=word) | Q(last_name__icontains=word)
                               | Q(email__icontains=word) | Q(employee_id__iexact=word))
    return people
