"""From raw articles to actor stances: the article path of the package.

``sentences`` splits news text into sentences, ``actors`` holds the actor registry and
``lexicon`` the word lists the rules use, ``attribution`` finds the actor of each sentence,
``extract`` runs the whole path with the stance predictor, and ``summary`` sums it up per actor.
"""
