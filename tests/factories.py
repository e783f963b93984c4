import factory
import wagtail_factories
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.contrib.auth import get_user_model
from wagtail import blocks

from accounts.models import Invitation, JobRole, Organisation, OrganisationEmailDomain
from accounts.roles import Role, set_roles
from core.models import HomePage, NavigationSettings, ProgrammeSettings, StandardPage
from courses.models import CourseIndexPage, LearningPathPage, ModulePage, PathModule
from guide.blocks import AnchoredHeadingBlock, GuideStreamBlock
from guide.models import (
    Contact,
    GlossaryTerm,
    GuideChapterPage,
    GuideIndexPage,
    Situation,
)
from quizzes.models import Quiz

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


# --- Guide chapter blocks (wagtail-factories) -------------------------------------------------

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


# --- Pages (wagtail-factories) ----------------------------------------------------------------

class PublishedPageFactory(wagtail_factories.PageFactory):
    """A page added under `parent`, then published with a revision, as load_content does
    (after the post-generation hooks, so that the revision holds what they set)."""

    class Meta:
        abstract = True

    @classmethod
    def _after_postgeneration(cls, instance, create, results=None):
        if create:
            instance.save()
            instance.save_revision().publish()


class GuideChapterPageFactory(PublishedPageFactory):
    """A chapter: `GuideChapterPageFactory(parent=guide, body__0__heading__anchor="x",
    body__1__text__value="<p>…</p>")`, or `body=[{"type": …, "value": …}, …]` (raw data)."""

    title = factory.Sequence(lambda n: f"Chapitre {n}")
    summary = "Un chapitre d'essai."
    body = wagtail_factories.StreamFieldFactory(GuideStreamBlockFactory)

    class Meta:
        model = GuideChapterPage


class HomePageFactory(PublishedPageFactory):
    title = "Accueil"
    slug = "accueil"
    hero_title = "Accroche d'essai"
    hero_text = "Texte d'accroche d'essai."
    intro = "<p>Présentation d'essai.</p>"

    class Meta:
        model = HomePage


class StandardPageFactory(PublishedPageFactory):
    title = factory.Sequence(lambda n: f"Page {n}")
    intro = "Chapeau d'essai."
    body = factory.LazyFunction(list)

    class Meta:
        model = StandardPage


class GuideIndexPageFactory(PublishedPageFactory):
    title = "Guide d'essai"
    slug = "guide"
    intro = "<p>Introduction d'essai.</p>"
    show_in_menus = True

    class Meta:
        model = GuideIndexPage


class CourseIndexPageFactory(PublishedPageFactory):
    title = "Formations"
    slug = "formations"
    show_in_menus = True

    class Meta:
        model = CourseIndexPage


class ModulePageFactory(PublishedPageFactory):
    """A module: steps as raw data (`steps=[{"type": "narrative", "id": "s1", …}]`)."""

    title = factory.Sequence(lambda n: f"Module {n}")
    summary = "Un module d'essai."
    steps = factory.LazyFunction(list)

    class Meta:
        model = ModulePage

    @factory.post_generation
    def requires(self, create, extracted, **kwargs):
        """`requires=[module, …]`: the modules to follow before this one."""
        if extracted:
            self.requires.set(extracted)


class LearningPathPageFactory(PublishedPageFactory):
    title = factory.Sequence(lambda n: f"Parcours {n}")
    summary = "Un parcours d'essai."

    class Meta:
        model = LearningPathPage

    @factory.post_generation
    def modules(self, create, extracted, **kwargs):
        """`modules=[module, …]`: the path's modules, in this order."""
        for order, module in enumerate(extracted or []):
            self.path_modules.add(PathModule(module=module, sort_order=order))


# --- Snippets, quizzes and settings ---------------------------------------------------------

class QuizFactory(factory.django.DjangoModelFactory):
    """A quiz, published: questions as raw data (`questions=[{"type": "single", …}]`)."""

    title = factory.Sequence(lambda n: f"Quiz {n}")
    questions = factory.LazyFunction(list)

    class Meta:
        model = Quiz

    @classmethod
    def _after_postgeneration(cls, instance, create, results=None):
        if create:  # published with a revision, as load_content does
            instance.save_revision().publish()


class SituationFactory(factory.django.DjangoModelFactory):
    slug = factory.Sequence(lambda n: f"situation-{n}")
    label = factory.Sequence(lambda n: f"Situation {n}")

    class Meta:
        model = Situation


class ContactFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Contact {n}")
    slug = factory.Sequence(lambda n: f"contact-{n}")
    category = Contact.Category.SOCIAL
    when_to_call = "Quand un contact d'essai est utile."

    class Meta:
        model = Contact
        skip_postgeneration_save = True

    @factory.post_generation
    def situations(self, create, extracted, **kwargs):
        """`situations=[situation, …]`."""
        if create and extracted:
            self.situations = extracted
            self.save()


class GlossaryTermFactory(factory.django.DjangoModelFactory):
    term = factory.Sequence(lambda n: f"Terme {n}")
    slug = factory.Sequence(lambda n: f"terme-{n}")
    definition = "<p>Une définition d'essai.</p>"

    class Meta:
        model = GlossaryTerm


class ProgrammeSettingsFactory(factory.django.DjangoModelFactory):
    """The programme's settings of `site`: emergency numbers and partners as raw data."""

    class Meta:
        model = ProgrammeSettings


class NavigationSettingsFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = NavigationSettings
