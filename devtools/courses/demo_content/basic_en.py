"""The basic course's first module (grunnskolering) in English.

A translation of ORGANISATION in devtools/courses/demo_content/basic.py; the slug stays in
Bokmål."""

from devtools.courses.demo_content import callout, heading, notes, reflection, scenario, text

ORGANISATION_EN = (
    "slik-er-partiet-organisert",
    "How the party is organised",
    "From the local branch to the national conference: which parts the party is made up of, who "
    "decides what, and where you belong as a member.",
    8,
    [
        heading("The party is built from the bottom up"),
        text(
            "<p>The party is not first and foremost an office in Oslo. The party is its members, "
            "spread across the whole country, from the borough branch in Grünerløkka to the "
            "municipal party (kommuneparti) in Kárášjohka. The organisation is built so that power "
            "flows from the bottom up: members elect the boards and send delegates to the annual "
            "meetings, and the annual meetings in turn elect delegates to the next level. Each "
            "level has its own tasks, but they are all connected.</p>"
            "<p>When you join, you normally become a member of the municipal party where you live. "
            "If you live in a large municipality, you will often also belong to a local branch "
            "(lokallag) in your part of town. In many smaller municipalities, the local branch and "
            "the municipal party are one and the same.</p>"
        ),
        heading("The local branch", "h3"),
        text(
            "<p>The local branch is where most people meet the party for the first time. This is "
            "where members' meetings are held, where street stalls and door-knocking are planned, "
            "and where you get to know people who live near you. Some branches are built around a "
            "workplace or a stage of life, such as student branches. The local branch has its own "
            "board, which the members elect at the annual meeting (årsmøte).</p>"
        ),
        heading("The municipal party", "h3"),
        text(
            "<p>The municipal party brings together all the members in the municipality. It is "
            "responsible for the party's policies on the municipal council (kommunestyre), or the "
            "city council (bystyre) in the cities, and for the local election campaign. The "
            "municipal party adopts the manifesto for the local elections and nominates the "
            "candidates for the municipal council list. In large municipalities, the local "
            "branches send delegates to the municipal party's annual meeting. In small "
            "municipalities, all members can attend in person.</p>"
        ),
        heading("The county party", "h3"),
        text(
            "<p>The county party (fylkesparti) brings together the municipal parties in the "
            "county. It is responsible for the party's policies on the county council "
            "(fylkesting), for example upper secondary schools, county roads and public transport. "
            "The county party nominates the candidates both for the county council elections and "
            "for the elections to the Storting, the Norwegian parliament. As a rule, the county "
            "party has a county secretary or other staff who help the municipal parties with "
            "training, membership work and election campaigns.</p>"
        ),
        heading("The national conference and the national leadership", "h3"),
        text(
            "<p>The national conference (landsmøte) is the party's highest body. It meets every "
            "other year with delegates from all over the country, adopts the party programme and "
            "the party rules, and elects the party leadership. Between national conferences, the "
            "national board (landsstyre) is the party's highest body, with representatives from "
            "all the county parties. The central executive committee (sentralstyre) leads the "
            "day-to-day political and organisational work.</p>"
        ),
        callout(
            "The municipal party is the hub",
            "<p>It is in the municipal party that politics becomes most concrete: which school "
            "gets refurbished, whether the bus should run more often, and who tops the list at "
            "the local elections. That is why the municipal party is seen as the most important "
            "level of the organisation, and it is where most member activity takes place.</p>",
        ),
        heading("Two tracks: the organisation and the elected representatives"),
        text(
            "<p>It is easy to confuse the party as an organisation with the elected "
            "representatives (folkevalgte) who represent the party. The two are closely linked, "
            "but they have different roles.</p>"
            "<ul><li><b>The party organisation</b> is the members, the branches and the boards. It "
            "adopts the programme, nominates candidates and runs election campaigns.</li>"
            "<li><b>The groups of elected representatives</b> on the municipal council, on the "
            "county council and in the Storting are there to put the programme into practice. They "
            "take their own position on individual issues, but are accountable to the party that "
            "nominated them.</li></ul>"
            "<p>An example: the municipal party in Kárášjohka has written in its manifesto that "
            "the municipality should recruit more kindergarten teachers who speak Sámi. When the "
            "budget is dealt with in the municipal council, it is the group that has to find the "
            "money and negotiate with the other parties. Members can follow up by inviting the "
            "group leader to a members' meeting and asking how it is going.</p>"
        ),
        heading("Who decides what?"),
        text(
            "<p>Each level has bodies with different tasks. These are the ones you are most likely "
            "to come across:</p>"
            "<ul><li><b>The members' meeting</b> is where members discuss policy, adopt statements "
            "and pass proposals on. All members of the branch can attend, speak and vote.</li>"
            "<li><b>The annual meeting</b> is held once a year. It considers the annual report and "
            "the accounts, adopts a work plan and elects the board. In the local branch, the "
            "municipal party and the county party, the annual meeting is the highest body.</li>"
            "<li><b>The board</b> leads the work between annual meetings. It is responsible for "
            "finances, activities, following up the members and calling meetings in good time.</li>"
            "<li><b>The council of representatives</b> (representantskap) exists in some of the "
            "larger municipal parties. It is made up of elected representatives from the branches "
            "and takes important decisions between annual meetings.</li>"
            "<li><b>The election committee</b> proposes who should sit on the board. <b>The "
            "nomination committee</b> draws up a proposed list of candidates before municipal, "
            "county council or parliamentary elections.</li></ul>"
            "<p>The rule of thumb is simple: issues that concern the municipality belong in the "
            "municipal party. Issues that concern the county belong in the county party. Issues "
            "that concern the whole country end up at the national conference in the end, but they "
            "often start in a local branch.</p>"
        ),
        heading("The wider family around the party"),
        text(
            "<p>The party does not stand alone. AUF, the Workers' Youth League, is its youth "
            "organisation, and many of today's elected officers (tillitsvalgte) started out there. "
            "The party's close cooperation with the trade union movement, with LO (the Norwegian "
            "Confederation of Trade Unions) and the unions that belong to it, gives the party "
            "contacts in workplaces all over the country, and many municipal parties have their "
            "own contact person for trade union work. The party also has a Sámi policy council and "
            "a women's network, which work across the usual levels.</p>"
            "<p>For you as a member, this means there is more than one way in. You can get "
            "involved in the branch where you live, in trade union work at your workplace or in a "
            "network that cares about the issues you feel strongly about.</p>"
        ),
        scenario(
            "Where does the issue belong?",
            "<p>Three members come to a members' meeting in Alta, each with an issue of their "
            "own. Máret wants the bus between Alta and Guovdageaidnu to run more often, so that "
            "young people can live at home and commute to upper secondary school. Bjørn is fed up "
            "that the street lights on his housing estate have been out for several months. Sølvi "
            "thinks that everyone who works part-time against their will should have the right to "
            "a full-time job.</p>",
            [
                "Which level of the party – the municipal party, the county party or the national "
                "conference – is responsible for each of the issues?",
                "How can the local branch help Máret with an issue that is decided somewhere "
                "other than in the municipality?",
                "Who in the party would you contact first to get Bjørn's issue moving?",
            ],
        ),
        reflection(
            "Which local branch and municipal party do you belong to, and who leads them? Who is "
            "the party's group leader on the municipal council where you live?",
            "Write down the names you know. If any are missing, you will usually find them on the "
            "municipal party's website, or you can ask at the next meeting.",
        ),
        notes(
            "<p>Draw the organisation on a whiteboard or a flip chart together with the "
            "participants. Start at the bottom with their own branch, and let them fill in the "
            "names of the leaders, the group leader on the municipal council and the county "
            "secretary. Then split the participants into groups of three and have each group place "
            "the three issues from the scenario and explain why.</p>"
            "<p>Finish by telling them when the next annual meeting and the next nomination "
            "process will take place locally. It helps to bring the municipal party's rules and a "
            "list of the board members, so that the participants can see who they can contact.</p>"
        ),
    ],
)
