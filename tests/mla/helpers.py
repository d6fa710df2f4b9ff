from mla import services
from mla.models import MlaRequest

FACTS = "Mr Testperson Exemple moved 2 000 000 dirhams of bribes to Banque Exemple in Tunis."
FACTS_AR = "حوّل السيد تستبرسون مبلغ مليوني درهم من الرشاوى إلى بنك إكزامبل في تونس."


def complete_request(author, fiche) -> MlaRequest:
    """A request to the fiche's country with every essential filled in."""
    mla_request = services.request_create(
        author=author, country=fiche.country, measures=[fiche.measure]
    )
    services.request_update(
        mla_request=mla_request,
        reference="RABAT/2026/0042",
        facts=f"{FACTS}\n{FACTS_AR}",
        contact_person="Mme Testperson, +212 5 00 00 00",
        language="fr",
        attachments="Freezing order of 3 March 2026\nBank statements",
        undertakes_speciality=True,
        undertakes_costs=True,
    )
    mla_request.instruments.set(fiche.instruments.all())
    services.offences_replace(
        mla_request=mla_request,
        offences=[
            {
                "qualification": "Corruption of a public official",
                "provisions": "Article 248 of the Criminal Code",
                "penalties": "2 to 5 years of imprisonment",
            }
        ],
    )
    item = mla_request.items.get()
    services.measure_details_update(
        item=item,
        link_to_facts="The bribes are on the account to freeze.",
        details={
            "assets": "Account TN59 0000 0000 0000 at Banque Exemple",
            "location": "Tunis",
            "offence_link": "Proceeds of the corruption",
        },
    )
    return MlaRequest.objects.get(pk=mla_request.pk)
