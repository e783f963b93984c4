"""Wagtail's user editor, with what only a superuser may do kept to superusers.

The coordination manages accounts (roles, activation) but must never make a superuser, nor
edit or take over an existing one (change their address, then reset the password).
"""

from django.http import Http404
from wagtail.users.forms import UserCreationForm, UserEditForm
from wagtail.users.views import users


def _without_superuser_field(form_class):
    class Form(form_class):
        def __init__(self, *args, **kwargs):
            can_grant = kwargs.pop("can_grant_superuser", False)
            super().__init__(*args, **kwargs)
            if not can_grant:
                self.fields.pop("is_superuser", None)

    Form.__name__ = form_class.__name__
    return Form


ProgrammeUserCreationForm = _without_superuser_field(UserCreationForm)
ProgrammeUserEditForm = _without_superuser_field(UserEditForm)


class SuperuserFieldMixin:
    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["can_grant_superuser"] = self.request.user.is_superuser
        return kwargs


class CreateView(SuperuserFieldMixin, users.CreateView):
    pass


class EditView(SuperuserFieldMixin, users.EditView):
    def get_object(self, queryset=None):
        user = super().get_object(queryset)
        if user.is_superuser and not self.request.user.is_superuser:
            raise Http404
        return user


class DeleteView(users.DeleteView):
    def get_object(self, queryset=None):
        user = super().get_object(queryset)
        if user.is_superuser and not self.request.user.is_superuser:
            raise Http404
        return user


class UserViewSet(users.UserViewSet):
    add_view_class = CreateView
    edit_view_class = EditView
    delete_view_class = DeleteView

    def get_form_class(self, for_update=False):
        return ProgrammeUserEditForm if for_update else ProgrammeUserCreationForm
