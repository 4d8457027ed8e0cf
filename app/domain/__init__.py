"""The domain of Reageerwijzer. Plain Python: nothing here imports Qt."""
