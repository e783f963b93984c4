import factory
import wagtail_factories
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.contrib.auth import get_user_model
from wagtail import blocks

from accounts.models import Invitation, JobRole, Organisation, OrganisationEmailDomain
from accounts.roles import Role, set_roles
from guide.blocks import AnchoredHeadingBlock, GuideStreamBlock
from guide.models import GuideChapterPage

PASSWORD = "un-mot-de-passe-solide-42"


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Bailleur exemple {n}")
    slug = factory.Sequence(lambda n: f"bailleur-exemple-{n}")
    kind = Organisation.Kind.LANDLORD
    signup_code = factory.Sequence(lambda n: f"CODE{n:04d}XY")


class EmailDomainFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = OrganisationEmailDomain

    organisation = factory.SubFactory(OrganisationFactory)
    domain = factory.Sequence(lambda n: f"bailleur{n}.example")


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"personne{n}@exemple.test")
    first_name = factory.Sequence(lambda n: f"Prénom{n}")
    last_name = "Exemple"
    job_role = JobRole.CARETAKER
    organisation = factory.SubFactory(OrganisationFactory)
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def roles(self, create, extracted, **kwargs):
        if not create:
            return
        self.save()
        set_roles(self, extracted if extracted is not None else [Role.LEARNER])
        EmailAddress.objects.get_or_create(user=self, email=self.email,
                                           defaults={"verified": True, "primary": True})

    @factory.post_generation
    def totp(self, create, extracted, **kwargs):
        """`totp=True` gives the user an activated authenticator; returns nothing."""
        if create and extracted:
            secret = extracted if isinstance(extracted, str) else generate_totp_secret()
            TOTP.activate(self, secret)


class InvitationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Invitation

    email = factory.Sequence(lambda n: f"invite{n}@exemple.test")
    first_name = "Alix"
    last_name = "Invitée"
    organisation = factory.SubFactory(OrganisationFactory)


def has_totp(user):
    return Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()


# --- Guide chapters (wagtail-factories) ------------------------------------------------------

class RichTextBlockFactory(wagtail_factories.blocks.BlockFactory):
    value = "<p>Un paragraphe.</p>"

    class Meta:
        model = blocks.RichTextBlock

    @classmethod
    def _construct_block(cls, block_class, *args, **kwargs):
        return block_class().to_python(kwargs["value"])


class AnchoredHeadingBlockFactory(wagtail_factories.StructBlockFactory):
    text = factory.Sequence(lambda n: f"Intertitre {n}")
    anchor = factory.Sequence(lambda n: f"intertitre-{n}")

    class Meta:
        model = AnchoredHeadingBlock


class GuideStreamBlockFactory(wagtail_factories.StreamBlockFactory):
    heading = factory.SubFactory(AnchoredHeadingBlockFactory)
    text = factory.SubFactory(RichTextBlockFactory)

    class Meta:
        model = GuideStreamBlock


class GuideChapterPageFactory(wagtail_factories.PageFactory):
    """A chapter: `GuideChapterPageFactory(parent=guide, body__0__heading__anchor="x",
    body__1__text__value="<p>…</p>")`."""

    title = factory.Sequence(lambda n: f"Chapitre {n}")
    summary = "Un chapitre d'essai."
    body = wagtail_factories.StreamFieldFactory(GuideStreamBlockFactory)

    class Meta:
        model = GuideChapterPage
